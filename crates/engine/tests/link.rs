//! Links that carry their own clause set (`#set=…`, written by the editor).

mod common;
use clausewise_engine::url_state::{format, link_set, parse};
use common::small;

#[test]
fn a_carried_set_is_found_and_is_not_an_ignored_setting() {
    let set = small();
    let hash = "#set=abc-_123&left=first&right=second&parties=south";
    assert_eq!(link_set(hash), Some("abc-_123"));
    let view = parse(hash, &set);
    assert!(view.ignored.is_empty(), "{:?}", view.ignored);
    assert_eq!(view.left.as_deref(), Some("first"));
    assert_eq!(view.parties, Some(vec!["south".to_string()]));
}

#[test]
fn links_without_a_set_or_with_an_empty_one_carry_none() {
    assert_eq!(link_set(&format("first", "second", &[], None)), None);
    assert_eq!(link_set("#set=&left=first"), None);
    assert_eq!(link_set(""), None);
    assert_eq!(link_set("left=a&set=xyz"), Some("xyz"));
}
