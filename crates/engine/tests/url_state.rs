//! The view in the URL hash: round trips, and bad links that are ignored politely.

mod common;
use clausewise_engine::state::Action;
use clausewise_engine::url_state::{format, parse};
use common::loaded;

#[test]
fn every_piece_round_trips() {
    let set = common::small();
    let parties = vec!["north".to_string(), "south".to_string()];
    let hash = format("second", "first", &parties, Some("army"));
    assert_eq!(
        hash,
        "#left=second&right=first&parties=north,south&topic=army"
    );
    let view = parse(&hash, &set);
    assert_eq!(view.left.as_deref(), Some("second"));
    assert_eq!(view.right.as_deref(), Some("first"));
    assert_eq!(view.parties, Some(parties));
    assert_eq!(view.topic.as_deref(), Some("army"));
    assert!(view.ignored.is_empty());
}

#[test]
fn the_filter_round_trips_and_bad_values_are_ignored_politely() {
    use clausewise_engine::align::Status;
    use clausewise_engine::url_state::format_all;
    use clausewise_engine::view::Filter;
    let set = common::small();
    for changes in [false, true] {
        for status in std::iter::once(None).chain(Status::ALL.map(Some)) {
            let filter = Filter {
                changes,
                status,
                ..Filter::default()
            };
            let hash = format_all("first", "second", &[], Some("army"), &filter);
            let view = parse(&hash, &set);
            assert_eq!(view.filter, filter, "{hash}");
            assert!(view.ignored.is_empty(), "{hash}: {:?}", view.ignored);
            // Keys in a fixed order, and nothing written for the default.
            assert_eq!(hash.contains("show="), changes);
            assert_eq!(hash.contains("status="), status.is_some());
        }
    }
    let topics = Filter {
        topics: vec!["army".into()],
        changes: true,
        ..Filter::default()
    };
    let hash = format_all("first", "second", &[], None, &topics);
    assert_eq!(hash, "#left=first&right=second&show=changes&topics=army");
    assert_eq!(parse(&hash, &set).filter, topics);
    let view = parse("#left=first&status=sideways&show=everything", &set);
    assert_eq!(view.filter, Filter::default());
    assert_eq!(view.ignored.len(), 2, "{:?}", view.ignored);
    assert!(view.ignored[0].contains("unknown status “sideways”"));
    assert!(view.ignored[1].contains("unknown show “everything”"));
}

#[test]
fn no_parties_and_no_topic_leave_the_hash_short() {
    assert_eq!(format("a", "b", &[], None), "#left=a&right=b");
}

#[test]
fn bad_values_are_named_and_the_rest_applies() {
    let set = common::small();
    let view = parse(
        "#left=nope&parties=north,zz&topic=nonsense&junk&colour=red",
        &set,
    );
    assert_eq!(view.left, None);
    assert_eq!(view.parties, Some(vec!["north".to_string()]));
    assert_eq!(view.topic, None);
    assert_eq!(
        view.ignored,
        [
            "unknown draft “nope”",
            "unknown party “zz”",
            "unknown topic “nonsense”",
            "“junk” is not a setting",
            "“colour” is not a setting",
        ]
    );
}

#[test]
fn empty_and_hostile_hashes_do_no_harm() {
    let set = common::small();
    assert_eq!(parse("", &set), Default::default());
    assert_eq!(parse("#", &set), Default::default());
    let long = format!("#left={}", "<script>".repeat(1000));
    let view = parse(&long, &set);
    assert_eq!(view.ignored.len(), 1);
    assert!(view.ignored[0].chars().count() < 80, "{}", view.ignored[0]);
}

#[test]
fn the_reducer_applies_a_hash_and_says_what_it_ignored() {
    let s = loaded()
        .apply(Action::FromHash(
            "#left=second&parties=south,zz&topic=border".into(),
        ))
        .unwrap();
    assert_eq!((s.left.as_str(), s.right.as_str()), ("second", "second"));
    assert_eq!(s.parties, ["south"]);
    assert_eq!(s.topic.as_deref(), Some("border"));
    assert_eq!(
        s.notice.as_deref(),
        Some("Some of this page's link was ignored: unknown party “zz”.")
    );
    // The same hash again changes nothing, so nothing re-renders.
    assert_eq!(
        s.apply(Action::FromHash(
            "#left=second&parties=south,zz&topic=border".into()
        )),
        None
    );
    // A clean link clears the notice.
    let s = s
        .apply(Action::FromHash("#left=first&right=second".into()))
        .unwrap();
    assert_eq!(s.notice, None);
    assert_eq!(s.topic, None);
}

#[test]
fn focusing_a_topic_needs_a_known_topic() {
    let s = loaded();
    assert_eq!(s.apply(Action::Focus(Some("nope".into()))), None);
    let s = s.apply(Action::Focus(Some("trade".into()))).unwrap();
    assert_eq!(s.topic.as_deref(), Some("trade"));
    assert_eq!(s.apply(Action::Focus(None)).unwrap().topic, None);
}

#[test]
fn the_apps_own_rewrite_of_the_address_keeps_the_notice() {
    let s = loaded()
        .apply(Action::FromHash("#left=second&right=nope".into()))
        .unwrap();
    assert!(s.notice.is_some());
    // The app then writes the clean hash of what it shows; that echo changes nothing.
    assert_eq!(
        s.apply(Action::FromHash("#left=second&right=second".into())),
        None
    );
}

#[test]
fn any_text_survives_encode_then_value_among_other_keys() {
    use clausewise_engine::url_state::{encode, value};
    let mut rng = common::rng::Rng::new(11);
    let alphabet: Vec<char> = "a Z0%+&=#-._~é—“”\u{1F54A}".chars().collect();
    for _ in 0..common::rng::cases(500) {
        let len = rng.below(12);
        let text: String = (0..len).map(|_| *rng.pick(&alphabet)).collect();
        let hash = format!("#left=a&q={}&topics=x", encode(&text));
        assert_eq!(value(&hash, "q").as_deref(), Some(text.as_str()), "{hash}");
        assert!(!encode(&text).contains(['&', '#', '=', ' ']), "{text}");
    }
    // Hand-typed links: `+` is a space; a broken escape is kept as typed; a key
    // that only starts like another is not it; bytes that are not UTF-8 give nothing.
    assert_eq!(value("#q=army+size", "q").as_deref(), Some("army size"));
    assert_eq!(value("#q=100%", "q").as_deref(), Some("100%"));
    assert_eq!(value("#qq=a", "q"), None);
    assert_eq!(value("#q=%FF", "q"), None);
}

#[test]
fn a_search_round_trips_through_the_hash_whatever_it_holds() {
    use clausewise_engine::url_state::format_all;
    use clausewise_engine::view::Filter;
    let set = common::small();
    for query in ["amnesty", "army size", "“peace” & 50% = #1+2", "émigré"] {
        let filter = Filter {
            query: query.to_string(),
            ..Filter::default()
        };
        let hash = format_all("first", "second", &[], None, &filter);
        assert!(!hash[1..].contains(['#', ' ']), "{hash}");
        let view = parse(&hash, &set);
        assert_eq!(view.filter, filter, "{hash}");
        assert!(view.ignored.is_empty());
    }
    // Typed or pasted: trimmed, and bounded.
    let long = format!("#q=%20%20{}", "a".repeat(500));
    assert_eq!(parse(&long, &set).filter.query, "a".repeat(200));
}

#[test]
fn a_search_read_back_is_the_same_search() {
    use clausewise_engine::view::{QUERY_CHARS, query};
    let mut rng = common::rng::Rng::new(12);
    let alphabet: Vec<char> = "a  \t\n+%é".chars().collect();
    for _ in 0..common::rng::cases(2000) {
        let len = rng.below(QUERY_CHARS + 20);
        let typed: String = (0..len).map(|_| *rng.pick(&alphabet)).collect();
        let once = query(&typed);
        assert_eq!(query(&once), once, "{typed:?}");
        assert!(once.chars().count() <= QUERY_CHARS);
        assert_eq!(once.trim(), once);
    }
}
