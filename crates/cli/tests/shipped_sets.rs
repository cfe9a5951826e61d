//! Every shipped clause set, as a newsroom would publish it: `clausewise check` passes
//! with no warning (including the publishing checks: no position dated before its draft,
//! one title per address, no broken-looking address, `updated` not older than the
//! content), no source on the deny-list, every source host classified, and state media
//! named as such. The policy files are in tests/data-policy/ (see its README).

mod common;

use common::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

fn shipped_sets() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(root().join("static/data"))
        .expect("static/data exists")
        .map(|e| e.expect("a folder entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    files
}

fn policy(name: &str) -> Vec<Vec<String>> {
    let text = fs::read_to_string(root().join("tests/data-policy").join(name))
        .unwrap_or_else(|e| panic!("tests/data-policy/{name}: {e}"));
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(|c| c.trim().to_string()).collect())
        .collect()
}

/// Every `(place, title, url)` cited anywhere in a set.
fn sources(v: &Value, place: &str, out: &mut Vec<(String, String, String)>) {
    match v {
        Value::Object(m) => {
            if let (Some(Value::String(url)), Some(title)) = (m.get("url"), m.get("title")) {
                out.push((
                    place.to_string(),
                    title.as_str().unwrap_or("").into(),
                    url.clone(),
                ));
            }
            for (k, x) in m {
                sources(x, &format!("{place}.{k}"), out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                sources(x, &format!("{place}[{i}]"), out);
            }
        }
        _ => {}
    }
}

fn host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split(['/', '?', '#'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

#[test]
fn every_shipped_set_passes_check_with_no_warning() {
    for f in shipped_sets() {
        let out = clausewise(["check", "--json", &rel(&f)]);
        let report: Value = serde_json::from_str(&stdout(&out)).expect("check --json prints JSON");
        let file = &report["files"][0];
        assert_eq!(file["valid"], true, "{}: {}", rel(&f), stdout(&out));
        assert_eq!(
            file["warnings"].as_array().map(Vec::len),
            Some(0),
            "{}: {}",
            rel(&f),
            serde_json::to_string_pretty(&file["warnings"]).unwrap()
        );
    }
}

#[test]
fn every_source_host_is_classified_none_is_denied_and_state_media_say_so() {
    let deny: Vec<String> = policy("deny-hosts.txt")
        .into_iter()
        .map(|r| r[0].to_ascii_lowercase())
        .collect();
    let kinds: BTreeMap<String, String> = policy("source-hosts.tsv")
        .into_iter()
        .map(|r| {
            assert!(
                r.len() >= 3,
                "source-hosts.tsv: {r:?} needs host, kind and name"
            );
            assert!(
                ["official", "wire", "outlet", "state-media"].contains(&r[1].as_str()),
                "source-hosts.tsv: {} has kind {:?}",
                r[0],
                r[1]
            );
            (r[0].to_ascii_lowercase(), r[1].clone())
        })
        .collect();
    let mut problems = Vec::new();
    for f in shipped_sets() {
        let v: Value = serde_json::from_str(&fs::read_to_string(&f).unwrap()).unwrap();
        let mut cited = Vec::new();
        sources(&v, "", &mut cited);
        assert!(!cited.is_empty(), "{} cites nothing", rel(&f));
        for (place, title, url) in cited {
            let h = host(&url);
            if let Some(d) = deny
                .iter()
                .find(|d| h == **d || h.ends_with(&format!(".{d}")))
            {
                problems.push(format!(
                    "{}{place}: {url} is on the deny-list ({d})",
                    rel(&f)
                ));
            }
            match kinds.get(&h).map(String::as_str) {
                None => problems.push(format!(
                    "{}{place}: host {h} is not in tests/data-policy/source-hosts.tsv",
                    rel(&f)
                )),
                Some("state-media") if !title.to_ascii_lowercase().contains("state media") => {
                    problems.push(format!(
                        "{}{place}: {title:?} is state media ({h}) and must say so",
                        rel(&f)
                    ))
                }
                _ => {}
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
