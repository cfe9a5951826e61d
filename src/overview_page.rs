//! The overview page (`overview.html`, a bundle of its own like the editor, so the
//! reader's download carries none of it): every topic across the drafts, each party's
//! stance, the uptake of proposed wordings, and one topic's history (`#history=<topic>`).
//! It reads the same set as the reader (`?set=`, `?data=`, or the default) and links
//! back into the reader's rows. A search over the clause text (`#q=amnesty`, hits marked)
//! and a topic filter with type-ahead (`#topics=army-size,territory`) narrow the table,
//! and open those topics in the reader (its `topics=`).

use crate::components::{history_panel, load_alert, overview, overview::Links};
use crate::store::{Apply, Store};
use crate::{load, page};
use clausewise_engine::model::{Clause, Draft};
use clausewise_engine::state::{Alert, SetRef};
use clausewise_engine::url_state;
use clausewise_engine::validate::ValidClauseSet;
use clausewise_engine::view;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct OverviewState {
    pub set: Option<SetRef>,
    pub alert: Option<Alert>,
    /// The topic whose history is open (`#history=<topic>`), if the set has it.
    pub history: Option<String>,
    /// The hash, kept until the set it names has loaded.
    pub hash: String,
    /// `q=`: the search over the clause text.
    pub query: String,
    /// `topics=`: the topics the table is narrowed to (known to the set).
    pub topics: Vec<String>,
}

pub enum OverviewAction {
    Loaded(SetRef),
    Failed(Alert),
    FromHash(String),
    Search(String),
    AddTopic(String),
    RemoveTopic(String),
    DismissAlert,
}

impl OverviewState {
    /// The hash for the overview as filtered (the history's own hash is `#history=`).
    pub fn filter_hash(&self) -> String {
        let mut parts = Vec::new();
        if !self.query.is_empty() {
            parts.push(format!("q={}", url_state::encode(&self.query)));
        }
        if !self.topics.is_empty() {
            parts.push(format!("topics={}", self.topics.join(",")));
        }
        format!("#{}", parts.join("&"))
    }
}

/// The topic a hash's `history=` names.
fn history_of(hash: &str, set: Option<&SetRef>) -> Option<String> {
    let topic = url_state::value(hash, "history")?;
    set?.topic_label(&topic).map(|_| topic)
}

impl Apply for OverviewState {
    type Action = OverviewAction;
    fn apply(&self, action: OverviewAction) -> Option<Self> {
        let mut next = self.clone();
        match action {
            OverviewAction::Loaded(set) => next.set = Some(set),
            OverviewAction::Failed(alert) => next.alert = Some(alert),
            OverviewAction::FromHash(hash) => {
                // Bounded and trimmed like a typed search.
                next.query = view::query(&url_state::value(&hash, "q").unwrap_or_default());
                next.topics = url_state::value(&hash, "topics")
                    .unwrap_or_default()
                    .split(',')
                    .filter(|t| !t.is_empty())
                    .map(str::to_string)
                    .collect();
                next.hash = hash;
            }
            // A search is bounded like any text from a reader: a huge paste is cut.
            OverviewAction::Search(q) => next.query = view::query(&q),
            OverviewAction::AddTopic(t) if !next.topics.contains(&t) => next.topics.push(t),
            OverviewAction::AddTopic(_) => {}
            OverviewAction::RemoveTopic(t) => next.topics.retain(|x| *x != t),
            OverviewAction::DismissAlert => next.alert = None,
        }
        next.history = history_of(&next.hash, next.set.as_ref());
        if let Some(set) = &next.set {
            next.topics.retain(|t| set.topic_label(t).is_some());
        }
        (next != *self).then_some(next)
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct OverviewProps {
    /// `?data=`, or the address of the shipped set `?set=` names.
    #[prop_or_default]
    pub data_url: Option<AttrValue>,
    /// The page's query, carried into every link (`?set=…`, `?data=…`).
    #[prop_or_default]
    pub query: AttrValue,
    #[prop_or_default]
    pub hash: String,
}

#[component]
pub fn OverviewPage(props: &OverviewProps) -> Html {
    let state = use_reducer(|| {
        let mut s = OverviewState::default()
            .apply(OverviewAction::FromHash(props.hash.clone()))
            .unwrap_or_default();
        if props.data_url.is_none() {
            match load::read(load::DEFAULT_SET, "the built-in set") {
                Ok(set) => s = s.apply(OverviewAction::Loaded(set.into())).unwrap_or(s),
                Err(alert) => s.alert = Some(alert),
            }
        }
        Store(s)
    });
    {
        let dispatch = state.dispatcher();
        use_effect_with(props.data_url.clone(), move |url| {
            if let Some(url) = url.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    dispatch.dispatch(match load::fetch_set(&url).await {
                        Ok(set) => OverviewAction::Loaded(set.into()),
                        Err(alert) => OverviewAction::Failed(alert),
                    });
                });
            }
        });
    }
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            // The page lives as long as the app, so the listener does too.
            let listener = Closure::<dyn Fn(String)>::new(move |hash| {
                dispatch.dispatch(OverviewAction::FromHash(hash))
            });
            page::on_hash_change(&listener);
            listener.forget();
        });
    }
    {
        let history = state.history.clone();
        use_effect_with(history, |h| {
            // Opening a history moves the focus to its heading, for keyboards and screen readers.
            if h.is_some()
                && let Some(head) = gloo::utils::document().get_element_by_id("history-head")
                && let Ok(head) = head.dyn_into::<web_sys::HtmlElement>()
            {
                let _ = head.focus();
            }
        });
    }
    // Derived once per set: the table's lines and the uptake (which diffs every proposed
    // wording against the later drafts).
    let lines = use_memo(state.set.clone(), |set| {
        set.as_ref().map(|s| view::overview(s)).unwrap_or_default()
    });
    let uptake = use_memo(state.set.clone(), |set| {
        set.as_ref().map(|s| view::uptake(s)).unwrap_or_default()
    });
    // The filter lives in the address (not while a history is open: that has its own).
    {
        let (hash, open) = (state.filter_hash(), state.history.is_some());
        use_effect_with((hash, open), |(hash, open)| {
            let now = page::hash();
            if !*open && *hash != now && !(hash == "#" && now.is_empty()) {
                page::set_hash(hash, false);
            }
        });
    }

    let alert = state.alert.as_ref().map(|a| {
        let d = state.dispatcher();
        load_alert(
            a,
            &Callback::from(move |()| d.dispatch(OverviewAction::DismissAlert)),
            &Callback::noop(),
        )
    });
    let Some(set) = state.set.clone() else {
        return html! { <main id="clausewise" class="cw overview-page">{ alert }<p role="status">{ "Loading…" }</p></main> };
    };
    let query = props.query.to_string();
    let drafts = view::drafts_by_date(&set);
    // The reader's row for a topic: draft `i` against the one before it (the first
    // against the second).
    let row_at = |topic: &str, i: usize| {
        let (l, r) = match i {
            0 => (0, 1.min(drafts.len() - 1)),
            i => (i - 1, i),
        };
        let hash = url_state::format(&drafts[l].id, &drafts[r].id, &[], Some(topic));
        format!("index.html{query}{hash}")
    };
    let history_href = |topic: &str| format!("overview.html{query}#history={topic}");
    let back = format!("overview.html{query}#");
    let body = match state.history.as_deref() {
        Some(topic) => {
            let row = |l: &str, r: &str| {
                format!(
                    "index.html{query}{}",
                    url_state::format(l, r, &[], Some(topic))
                )
            };
            history_panel(&set, topic, &back, &row)
        }
        None => {
            let query = state.query.as_str();
            let found = if query.is_empty() {
                Vec::new()
            } else {
                view::topics_with_hits(&set, query)
            };
            let shown: Vec<view::TopicLine> = lines
                .iter()
                .filter(|l| state.topics.is_empty() || state.topics.contains(&l.topic))
                .filter(|l| query.is_empty() || found.contains(&l.topic.as_str()))
                .cloned()
                .collect();
            // Not when nothing is shown: an empty `topics=` would show every row.
            let narrowed = !state.topics.is_empty() || !query.is_empty();
            let in_reader = (narrowed && !shown.is_empty()).then(|| {
                let only = view::Filter {
                    topics: shown.iter().map(|l| l.topic.clone()).collect(),
                    ..view::Filter::default()
                };
                let (first, last) = (&drafts[0].id, &drafts[drafts.len() - 1].id);
                let hash = url_state::format_all(first, last, &[], None, &only);
                format!("index.html{}{hash}", props.query)
            });
            html! { <>
                { filters(&set, &state, &dispatchers(&state), shown.len(), in_reader) }
                if !query.is_empty() { { search_results(&set, &drafts, query, &row_at) } }
                { overview(&set, &shown, &uptake, &Links { history: &history_href, row: &row_at }) }
            </> }
        }
    };
    html! {
        <main id="clausewise" class="cw overview-page">
            <header class="cw-header">
                <h1>{ set.title.clone() }</h1>
                <p><a href={format!("index.html{query}")}>{ "Back to the side-by-side view" }</a></p>
            </header>
            { alert }
            { body }
            <footer><p class="cw-note">
                if let Some(n) = &set.note { { n.clone() } }
            </p></footer>
        </main>
    }
}

/// What the filters tell the page.
struct FilterEvents {
    onsearch: Callback<String>,
    onadd: Callback<String>,
    onremove: Callback<String>,
}

fn dispatchers(state: &UseReducerHandle<Store<OverviewState>>) -> FilterEvents {
    let (a, b, c) = (state.dispatcher(), state.dispatcher(), state.dispatcher());
    FilterEvents {
        onsearch: Callback::from(move |q| a.dispatch(OverviewAction::Search(q))),
        onadd: Callback::from(move |t| b.dispatch(OverviewAction::AddTopic(t))),
        onremove: Callback::from(move |t| c.dispatch(OverviewAction::RemoveTopic(t))),
    }
}

/// The search box, the topic filter with type-ahead (a `datalist` of the topics' labels)
/// and its chips, how many topics are shown, and the link to them in the reader.
fn filters(
    set: &ValidClauseSet,
    state: &OverviewState,
    ev: &FilterEvents,
    shown: usize,
    in_reader: Option<String>,
) -> Html {
    let topics: Vec<(String, String)> = set
        .topics
        .iter()
        .map(|t| (t.id.clone(), t.label.clone()))
        .collect();
    let onadd = ev.onadd.clone();
    let pick = Callback::from(move |e: Event| {
        let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
        let typed = input.value();
        let typed = typed.trim();
        // A label picked from the list (case aside), or a topic key typed out.
        if let Some((id, _)) = topics
            .iter()
            .find(|(id, label)| label.eq_ignore_ascii_case(typed) || id == typed)
        {
            onadd.emit(id.clone());
            input.set_value("");
        }
    });
    let label = |id: &str| set.topic_label(id).unwrap_or(id).to_string();
    html! {
        <section id="filters" class="filters" aria-label="Which topics to show">
            <div class="picker">
                <label for="search">{ "Search the text" }</label>
                <input id="search" type="search" maxlength="200" value={state.query.clone()}
                    onchange={ev.onsearch.reform(|e: Event| e.target_unchecked_into::<web_sys::HtmlInputElement>().value())} />
            </div>
            <div class="picker">
                <label for="topic-filter">{ "Add a topic" }</label>
                <input id="topic-filter" list="topic-list" autocomplete="off" placeholder="Type to choose…" onchange={pick} />
                <datalist id="topic-list">
                    { for set.topics.iter().map(|t| html! { <option value={t.label.clone()} /> }) }
                </datalist>
            </div>
            if !state.topics.is_empty() {
                <ul class="chips" aria-label="Topics shown">
                    { for state.topics.iter().map(|t| {
                        let (name, id) = (label(t), t.clone());
                        html! { <li class="chip" data-topic={t.clone()}>{ name.clone() }{ " " }
                            <button type="button" aria-label={format!("Stop showing only {name}")}
                                onclick={ev.onremove.reform(move |_: MouseEvent| id.clone())}>{ "×" }</button>
                        </li> }
                    }) }
                </ul>
            }
            if let Some(href) = in_reader {
                <p id="filter-status" role="status">
                    { if shown == 1 { "1 topic shown. ".to_string() } else { format!("{shown} topics shown. ") } }
                    <a id="open-in-reader" {href}>{ "Open these in the side-by-side view" }</a>
                </p>
            }
        </section>
    }
}

/// `text` with each hit of `query` marked. Every string is a text node.
fn marked(text: &str, query: &str) -> Html {
    let mut out: Vec<Html> = Vec::new();
    let mut at = 0;
    for (a, b) in view::hits(text, query) {
        out.push(html! { text[at..a].to_string() });
        out.push(html! { <mark class="hit">{ text[a..b].to_string() }</mark> });
        at = b;
    }
    out.push(html! { text[at..].to_string() });
    html! { <>{ for out }</> }
}

/// Every clause that contains the search, by draft in date order, hits marked, each
/// linking to its row in the reader.
fn search_results(
    set: &ValidClauseSet,
    drafts: &[&Draft],
    query: &str,
    row: &dyn Fn(&str, usize) -> String,
) -> Html {
    let found: Vec<(usize, &Draft, &Clause)> = drafts
        .iter()
        .enumerate()
        .flat_map(|(i, d)| d.clauses.iter().map(move |c| (i, *d, c)))
        .filter(|(_, _, c)| {
            c.text
                .as_deref()
                .is_some_and(|t| !view::hits(t, query).is_empty())
        })
        .collect();
    html! {
        <section id="search-results" aria-labelledby="search-head">
            <h2 id="search-head">{ match found.len() {
                0 => format!("No clause contains “{query}”"),
                1 => format!("1 clause contains “{query}”"),
                n => format!("{n} clauses contain “{query}”"),
            } }</h2>
            <ol class="search-list">
                { for found.iter().map(|&(i, d, c)| {
                    let topic = c.topic.as_deref();
                    html! { <li data-draft={d.id.clone()} data-clause={c.id.clone()}>
                        <p class="found-where">
                            { format!("{} · point {}", d.title, c.number) }
                            if let Some(t) = topic {
                                { " · " }<a href={row(t, i)}>{ set.topic_label(t).unwrap_or(t).to_string() }</a>
                            }
                        </p>
                        <p class="clause-text">{ marked(c.text.as_deref().unwrap_or_default(), query) }</p>
                    </li> }
                }) }
            </ol>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loaded(hash: &str) -> OverviewState {
        let set = load::read(load::DEFAULT_SET, "test").expect("the shipped set reads");
        let s = OverviewState::default()
            .apply(OverviewAction::FromHash(hash.into()))
            .unwrap_or_default();
        s.apply(OverviewAction::Loaded(set.into()))
            .expect("a set changes the state")
    }

    #[test]
    fn the_filter_and_the_history_come_from_the_hash_and_go_back_into_it() {
        let s = loaded("#q=free%20and%20fair&topics=army-size,territory,nope");
        assert_eq!(s.query, "free and fair");
        assert_eq!(
            s.topics,
            ["army-size", "territory"],
            "unknown topics are dropped"
        );
        assert_eq!(
            s.filter_hash(),
            "#q=free%20and%20fair&topics=army-size,territory"
        );
        let h = loaded("#history=army-size");
        assert_eq!(h.history.as_deref(), Some("army-size"));
        assert_eq!(loaded("#history=nope").history, None);
        let added = s
            .apply(OverviewAction::RemoveTopic("territory".into()))
            .unwrap();
        assert_eq!(added.topics, ["army-size"]);
        let searched = added
            .apply(OverviewAction::Search(format!("  {}  ", "x".repeat(500))))
            .unwrap();
        assert_eq!(searched.query.len(), 200, "a huge paste is cut");
    }
}
