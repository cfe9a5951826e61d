//! Structured inputs for the `align` and `compare` targets, built with `arbitrary` from
//! the fuzzer's bytes. Texts come from a small vocabulary and topics from a small pool, so
//! that clauses often share words, wording and topics: alignment has something to do.

use arbitrary::Arbitrary;
use clausewise_engine::model::{
    Clause, ClauseSet, Draft, FORMAT, Party, Position, Source, Stance, Topic,
};

/// Words, marks, white space and non-ASCII, so the tokenizer and the word index see all
/// their cases. A word's index with the high bit set is glued to the previous one.
pub const VOCAB: &[&str] = &[
    "the", "shall", "army", "Ukraine", "Russia", "600,000", "800,000", "troops", "non-aggression",
    "agreement", ",", ".", "Kyiv's", "NATO", "not", "join", "sanctions", "lifted", "de", "facto",
    "Luhansk", "Crimea", "and", "or", "(a)", "—", "\n", "  ", "élection", "ЗСУ", "2.5", "THE",
];

pub const TOPICS: &[&str] = &["army", "nato", "sanctions", "territory", "security", "elections"];

const MAX_CLAUSES: usize = 40;
const MAX_WORDS: usize = 40;

#[derive(Arbitrary, Debug, Clone)]
pub struct RawClause {
    topic: Option<u8>,
    words: Vec<u8>,
    /// 0: wording never reported (text null, with a note); 1: `"uncertain": true`.
    kind: u8,
    number: u8,
    /// Start from a clause of the other side (or the previous draft) and edit it.
    copy_of: Option<u8>,
}

#[derive(Arbitrary, Debug)]
pub struct AlignInput {
    pub left: Vec<RawClause>,
    pub right: Vec<RawClause>,
}

#[derive(Arbitrary, Debug)]
pub struct RawPosition {
    party: u8,
    topic: Option<u8>,
    draft: Option<u8>,
    stance: u8,
    text: Option<Vec<u8>>,
    sourced: bool,
}

#[derive(Arbitrary, Debug)]
pub struct CompareInput {
    parties: u8,
    first: Vec<RawClause>,
    more: Vec<Vec<RawClause>>,
    positions: Vec<RawPosition>,
}

fn words(raw: &[u8]) -> String {
    let mut s = String::new();
    for (i, &w) in raw.iter().take(MAX_WORDS).enumerate() {
        if i > 0 && w & 0x80 == 0 {
            s.push(' ');
        }
        s.push_str(VOCAB[usize::from(w & 0x7f) % VOCAB.len()]);
    }
    s
}

/// The clauses of one side. `base`: the clauses edited copies are taken from.
/// `nonempty`: texts that validation would accept (not empty or blank).
fn clauses(raw: &[RawClause], prefix: &str, base: &[Clause], nonempty: bool) -> Vec<Clause> {
    raw.iter()
        .take(MAX_CLAUSES)
        .enumerate()
        .map(|(j, c)| {
            let mut text = words(&c.words);
            if let Some(k) = c.copy_of.filter(|_| !base.is_empty()) {
                let from = &base[usize::from(k) % base.len()];
                // Keep the copy's text, with the new words appended: a small edit.
                text = format!("{}{}", from.text.clone().unwrap_or_default(), text);
            }
            if nonempty && text.trim().is_empty() {
                text.push_str("clause");
            }
            let topic = c.topic.map(|t| TOPICS[usize::from(t) % TOPICS.len()].to_string());
            let topic = match c.copy_of.filter(|_| !base.is_empty()) {
                // A copy mostly keeps its topic.
                Some(k) if c.kind % 4 != 3 => base[usize::from(k) % base.len()].topic.clone(),
                _ => topic,
            };
            let (text, uncertain) = match c.kind % 16 {
                0 => (None, Some("Wording not reported".to_string())),
                1 => (Some(text), Some(String::new())),
                _ => (Some(text), None),
            };
            Clause {
                id: format!("{prefix}-{j}"),
                number: if c.number % 3 == 0 { (j + 1).to_string() } else { format!("{}", c.number % 50) },
                topic,
                text,
                sources: Vec::new(),
                uncertain,
            }
        })
        .collect()
}

impl AlignInput {
    /// Texts are never blank, as validation requires of every set the reader aligns
    /// (`align` joins a blank text's clause into a row with a stray line break).
    pub fn build(&self) -> (Vec<Clause>, Vec<Clause>) {
        let l = clauses(&self.left, "l", &[], true);
        let r = clauses(&self.right, "r", &l, true);
        (l, r)
    }
}

/// A set holding the two sides as its two drafts: how an `align` input is stored.
pub fn align_as_set(l: &[Clause], r: &[Clause]) -> ClauseSet {
    let draft = |id: &str, clauses: &[Clause]| Draft {
        id: id.into(),
        title: id.into(),
        date: "2025".into(),
        author: "fuzz".into(),
        clauses: clauses.to_vec(),
        ..Draft::default()
    };
    ClauseSet {
        format: FORMAT.into(),
        title: "align input".into(),
        topics: TOPICS
            .iter()
            .map(|t| Topic { id: (*t).into(), label: format!("Topic {t}") })
            .collect(),
        drafts: vec![draft("left", l), draft("right", r)],
        ..ClauseSet::default()
    }
}

impl CompareInput {
    /// A set that validation accepts: 1–4 drafts of 1–40 clauses, 0–3 parties, positions.
    pub fn build(&self) -> ClauseSet {
        let mut drafts: Vec<Draft> = Vec::new();
        let sides = std::iter::once(&self.first).chain(self.more.iter().take(3));
        for (i, raw) in sides.enumerate() {
            let base = drafts.last().map(|d| d.clauses.as_slice()).unwrap_or(&[]);
            let mut cl = clauses(raw, &format!("d{i}"), base, true);
            if cl.is_empty() {
                cl = clauses(&[RawClause {
                    topic: None,
                    words: vec![0],
                    kind: 2,
                    number: 1,
                    copy_of: None,
                }], &format!("d{i}"), &[], true);
            }
            drafts.push(Draft {
                id: format!("d{i}"),
                title: format!("Draft {i}"),
                date: format!("2025-01-{:02}", i + 1),
                author: "fuzz".into(),
                uncertain: (i == 2).then(String::new),
                clauses: cl,
                ..Draft::default()
            });
        }
        let parties: Vec<Party> = (0..self.parties % 4)
            .map(|p| Party { id: format!("p{p}"), name: format!("Party {p}"), color: None })
            .collect();
        let positions = if parties.is_empty() {
            Vec::new()
        } else {
            self.positions
                .iter()
                .take(20)
                .map(|p| Position {
                    party: parties[usize::from(p.party) % parties.len()].id.clone(),
                    topic: p.topic.map(|t| TOPICS[usize::from(t) % TOPICS.len()].to_string()),
                    stance: Stance::ALL[usize::from(p.stance) % Stance::ALL.len()],
                    summary: "summary".into(),
                    date: format!("2025-02-{:02}", p.stance % 28 + 1),
                    sources: if p.sourced {
                        vec![Source { title: "source".into(), url: Some("https://example.org/s".into()) }]
                    } else {
                        Vec::new()
                    },
                    draft: p.draft.map(|d| drafts[usize::from(d) % drafts.len()].id.clone()),
                    text: p.text.as_ref().map(|w| {
                        let t = words(w);
                        if t.trim().is_empty() { "proposal".to_string() } else { t }
                    }),
                    uncertain: None,
                })
                .collect()
        };
        ClauseSet {
            format: FORMAT.into(),
            title: "compare input".into(),
            description: None,
            updated: None,
            note: None,
            parties,
            topics: TOPICS
                .iter()
                .map(|t| Topic { id: (*t).into(), label: format!("Topic {t}") })
                .collect(),
            drafts,
            positions,
        }
    }
}
