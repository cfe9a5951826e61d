//! The reader's view as a URL hash, and back: `#left=us-28&right=ua-20&parties=ua,ru&topic=army-size`,
//! then the filter when used: `&show=changes&status=moved&topics=army-size,territory&q=amnesty`.
//!
//! A pure string codec. Parsing never fails: what it cannot use (an unknown draft, a
//! malformed pair) is collected as a reason, so the page can say what it ignored and
//! apply the rest.

use crate::align::Status;
use crate::model::ClauseSet;
use crate::view::Filter;

/// What a hash asks for, checked against a clause set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HashView {
    pub left: Option<String>,
    pub right: Option<String>,
    /// `None` when the hash does not mention parties (leave them as they are).
    pub parties: Option<Vec<String>>,
    pub topic: Option<String>,
    /// `show=changes`, `status=`, `topics=` and `q=`: default when absent.
    pub filter: Filter,
    /// What was ignored, worded for the reader.
    pub ignored: Vec<String>,
}

/// Reads `hash` (with or without the leading `#`) against `set`.
pub fn parse(hash: &str, set: &ClauseSet) -> HashView {
    let mut view = HashView::default();
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    for pair in hash.split('&').filter(|p| !p.is_empty()) {
        let Some((key, value)) = pair.split_once('=') else {
            view.ignored
                .push(format!("“{}” is not a setting", shorten(pair)));
            continue;
        };
        match key {
            "left" | "right" => match set.draft(value) {
                Some(_) if key == "left" => view.left = Some(value.to_string()),
                Some(_) => view.right = Some(value.to_string()),
                None => view
                    .ignored
                    .push(format!("unknown draft “{}”", shorten(value))),
            },
            "parties" => {
                let mut on = Vec::new();
                for id in value.split(',').filter(|p| !p.is_empty()) {
                    if set.party(id).is_some() {
                        on.push(id.to_string());
                    } else {
                        view.ignored
                            .push(format!("unknown party “{}”", shorten(id)));
                    }
                }
                view.parties = Some(on);
            }
            // A set carried by the link itself (the editor's share links): the page reads
            // it; it is not a view setting.
            "set" => {}
            "topic" => match set.topic_label(value) {
                Some(_) => view.topic = Some(value.to_string()),
                None if value.is_empty() => {}
                None => view
                    .ignored
                    .push(format!("unknown topic “{}”", shorten(value))),
            },
            "show" if value == "changes" => view.filter.changes = true,
            "show" => view.ignored.push(format!(
                "unknown show “{}” (show=changes folds kept clauses)",
                shorten(value)
            )),
            "topics" => {
                for id in value.split(',').filter(|p| !p.is_empty()) {
                    if set.topic_label(id).is_none() {
                        view.ignored
                            .push(format!("unknown topic “{}”", shorten(id)));
                    } else if !view.filter.topics.iter().any(|t| t == id) {
                        view.filter.topics.push(id.to_string());
                    }
                }
            }
            "q" => view.filter.query = crate::view::query(&decode(value).unwrap_or_default()),
            "status" => match Status::ALL.into_iter().find(|s| s.as_str() == value) {
                Some(s) => view.filter.status = Some(s),
                None => view
                    .ignored
                    .push(format!("unknown status “{}”", shorten(value))),
            },
            _ => view
                .ignored
                .push(format!("“{}” is not a setting", shorten(key))),
        }
    }
    view
}

/// [`format`], then the filter, in a fixed order.
pub fn format_all(
    left: &str,
    right: &str,
    parties: &[String],
    topic: Option<&str>,
    filter: &Filter,
) -> String {
    let mut hash = format(left, right, parties, topic);
    if filter.changes {
        hash.push_str("&show=changes");
    }
    if let Some(s) = filter.status {
        hash.push_str("&status=");
        hash.push_str(s.as_str());
    }
    if !filter.topics.is_empty() {
        hash.push_str("&topics=");
        hash.push_str(&crate::text::join(&filter.topics, ","));
    }
    if !filter.query.is_empty() {
        hash.push_str("&q=");
        hash.push_str(&encode(&filter.query));
    }
    hash
}

/// The hash for a view, keys always in the same order so equal views give equal links.
pub fn format(left: &str, right: &str, parties: &[String], topic: Option<&str>) -> String {
    let mut hash = format!("#left={left}&right={right}");
    if !parties.is_empty() {
        hash.push_str("&parties=");
        hash.push_str(&crate::text::join(parties, ","));
    }
    if let Some(t) = topic {
        hash.push_str("&topic=");
        hash.push_str(t);
    }
    hash
}

/// A hostile link can be long; the notice quotes only its start.
fn shorten(s: &str) -> String {
    crate::text::shorten(s, 40)
}

/// The `set=` payload of a hash, if the link carries a clause set.
pub fn link_set(hash: &str) -> Option<&str> {
    hash.strip_prefix('#')
        .unwrap_or(hash)
        .split('&')
        .find_map(|p| p.strip_prefix("set="))
        .filter(|p| !p.is_empty())
}

/// The value of `key=` in a hash, percent-decoded (`+` as a space); `None` when absent or
/// not UTF-8 text. For the pages' own keys (the overview's `q=`, `topics=`, `history=`).
pub fn value(hash: &str, key: &str) -> Option<String> {
    let raw = hash
        .trim_start_matches('#')
        .split('&')
        .find_map(|p| p.strip_prefix(key)?.strip_prefix('='))?;
    decode(raw)
}

/// A percent-encoded value as text (`+` as a space); `None` when it is not UTF-8.
fn decode(raw: &str) -> Option<String> {
    let b = raw.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |k: usize| b.get(k).and_then(|&c| (c as char).to_digit(16));
        match (b[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
            (b'+', ..) => out.push(b' '),
            (c, ..) => out.push(c),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Percent-encodes all but letters, digits and `-._~`: a value [`value`] reads back.
pub fn encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            // By hand: `format!("{:02X}")` would bring the hex formatter into the reader.
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}
