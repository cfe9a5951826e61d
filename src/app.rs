//! The root component: owns the one state reducer, starts loading, derives the comparison.

use crate::components::clause_row::RowLink;
use crate::components::party_toggles::PartyChoice;
use crate::components::{
    DraftPicker, clause_row, draft_heads, draft_picker, embed_panel, human_date, legend,
    load_alert, party_toggles, set_picker, summary_line, whole_set_positions,
};
use crate::store::Store;
use crate::{load, page};
use clausewise_engine::compare::{Comparison, compare};
use clausewise_engine::state::{Action, AppState, SetRef};
use clausewise_engine::url_state;
use clausewise_engine::view::{self, Shown};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// `?data=`: a clause set to fetch instead of the shipped one.
    #[prop_or_default]
    pub data_url: Option<AttrValue>,
    /// `?set=`: which shipped set the address asks for (`data_url` fetches it, unless it
    /// is the default).
    #[prop_or_default]
    pub shipped: Option<AttrValue>,
    /// A clause set to start with instead of the shipped one (tests, other embeddings).
    #[prop_or_default]
    pub preset: Option<SetRef>,
    /// `?embed=1`: compact, for an iframe in an article.
    #[prop_or_default]
    pub embed: bool,
    /// The page's hash at start: the view a shared link asks for.
    #[prop_or_default]
    pub hash: String,
    /// Shown inside another page (the editor's live preview): the page's address,
    /// history and height belong to that page, so the app leaves them alone, and offers
    /// no embed code for an address that is not its own.
    #[prop_or_default]
    pub preview: bool,
}

fn initial_state(props: &AppProps) -> AppState {
    let empty = AppState::default();
    let action = match props.preset.clone() {
        Some(set) => Action::Loaded(set),
        None => match load::read(load::DEFAULT_SET, "the built-in set") {
            Ok(set) => Action::Loaded(set.into()),
            Err(alert) => Action::LoadFailed(alert),
        },
    };
    let mut state = empty.apply(action).unwrap_or(empty);
    // A link into a `?data=` set, or a link carrying its own set, is read once that set
    // has loaded, not against this one.
    if props.data_url.is_none()
        && url_state::link_set(&props.hash).is_none()
        && !props.hash.is_empty()
    {
        state = state
            .apply(Action::FromHash(props.hash.clone()))
            .unwrap_or(state);
    }
    // After the hash, which would otherwise replace this notice.
    if let Some(id) = props.shipped.as_deref()
        && props.data_url.is_none()
        && load::SHIPPED[0].0 != id
    {
        // The set matters more than a part of the view the hash may also have got wrong.
        state.notice = Some(format!(
            "This page has no clause set called “{}”, so it shows “{}”.",
            clausewise_engine::text::shorten(id, 60),
            load::SHIPPED[0].1
        ));
    }
    state
}

/// A callback that dispatches the action `to` makes of its argument. (One closure type
/// per argument type, rather than one per callback: each costs the download its code.)
fn send<T: 'static>(state: &UseReducerHandle<Store<AppState>>, to: fn(T) -> Action) -> Callback<T> {
    let d = state.dispatcher();
    Callback::from(move |x| d.dispatch(to(x)))
}

/// Rows made in the first render, and in each task after it, until all are made.
const FIRST_ROWS: usize = 12;
const MORE_ROWS: usize = 60;

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| Store(initial_state(props)));

    // A set to load instead: one carried by the link itself (the editor's share links)
    // comes first, then `?data=`. The link's hash names drafts of that set: it is applied
    // once the set loads. A retry is a new attempt: the same address, fetched again.
    let carried = url_state::link_set(&props.hash).map(str::to_string);
    {
        let dispatch = state.dispatcher();
        let hash = props.hash.clone();
        let deps = (carried.clone(), props.data_url.clone(), state.attempt);
        use_effect_with(deps, move |(payload, url, _)| {
            let origin = match (payload, url) {
                (Some(_), _) => AttrValue::Static("this link"),
                (None, Some(url)) => url.clone(),
                (None, None) => return,
            };
            let payload = payload.clone();
            dispatch.dispatch(Action::Loading(origin.to_string()));
            wasm_bindgen_futures::spawn_local(async move {
                let read = match payload {
                    Some(payload) => load::link_set(&payload).await,
                    None => load::fetch_set(&origin).await,
                };
                match read {
                    Ok(set) => {
                        // Reading a long set is a task of its own; comparing and showing
                        // it is the next. (Held as a `SetRef` across the wait: a whole
                        // set there costs the download its drop code.)
                        let set: SetRef = set.into();
                        page::next_task().await;
                        dispatch.dispatch(Action::Loaded(set));
                        dispatch.dispatch(Action::FromHash(hash));
                    }
                    Err(alert) => dispatch.dispatch(Action::LoadFailed(alert)),
                }
            });
        });
    }

    // The address follows the view. Inside an iframe (or embedded) entries are replaced,
    // so the host page's Back button is left alone; the first write replaces too.
    let wrote_once = use_mut_ref(|| false);
    let quiet_history = props.embed || page::in_iframe();
    let preview = props.preview;
    use_effect_with(
        (
            state.left.clone(),
            state.right.clone(),
            state.parties.clone(),
            state.topic.clone(),
            state.filter.clone(),
        ),
        move |(left, right, parties, topic, filter)| {
            if !left.is_empty() && !preview {
                let mut hash =
                    url_state::format_all(left, right, parties, topic.as_deref(), filter);
                // A link that carries its set keeps carrying it.
                if let Some(payload) = url_state::link_set(&page::hash()) {
                    hash = format!("#set={payload}&{}", &hash[1..]);
                }
                if hash != page::hash() {
                    page::set_hash(&hash, *wrote_once.borrow() && !quiet_history);
                }
                *wrote_once.borrow_mut() = true;
            }
        },
    );
    // ...and the view follows the address: a pasted link, Back and Forward.
    {
        let dispatch = state.dispatcher();
        use_effect_with(preview, move |&preview| {
            if preview {
                return;
            }
            // The app lives as long as the page, so the listener does too.
            let listener = Closure::<dyn Fn(String)>::new(move |hash| {
                dispatch.dispatch(Action::FromHash(hash))
            });
            page::on_hash_change(&listener);
            listener.forget();
            page::watch_page();
        });
    }
    use_effect_with(state.topic.clone(), |topic| {
        if let Some(t) = topic {
            page::scroll_to_topic(t);
        }
    });

    // Derived, not stored: recomputed only when the set (by identity) or the drafts change.
    let cmp: Rc<Option<Rc<Comparison>>> = use_memo(
        (
            state.set.as_ref().map(|s| Rc::as_ptr(&s.0) as usize),
            state.left.clone(),
            state.right.clone(),
        ),
        {
            let set = state.set.clone();
            move |(_, l, r)| set.as_ref().and_then(|s| compare(s, l, r)).map(Rc::new)
        },
    );

    let alert = state.alert.as_ref().map(|alert| {
        let ondismiss = send(&state, |()| Action::DismissAlert);
        let onretry = send(&state, |()| Action::Retry);
        load_alert(alert, &ondismiss, &onretry)
    });
    let loading = state.loading.clone().map(|url| {
        html! {
            <p class="loading" role="status">{ format!("Loading the clause set from “{url}”…") }</p>
        }
    });

    let (Some(set), Some(cmp)) = (state.set.clone(), (*cmp).clone()) else {
        return html! { <main id="clausewise" class="cw">{ alert }{ loading }</main> };
    };
    let (Some(left), Some(right)) = (set.draft(&cmp.left), set.draft(&cmp.right)) else {
        return html! { <main id="clausewise" class="cw">{ alert }</main> };
    };

    let onleft = send(&state, Action::SetLeft);
    let onright = send(&state, Action::SetRight);
    let onswap = send(&state, |()| Action::Swap);
    let ontoggle = send(&state, Action::ToggleParty);
    let onfocus = send(&state, |topic| Action::Focus(Some(topic)));
    // Shipped sets are offered where the page shows one of them, not a reader's own file.
    let set_choice = (!props.embed
        && !props.preview
        && load::SHIPPED.len() > 1
        && page::query_param("data").is_none()
        && carried.is_none())
    .then(|| {
        let current = props
            .shipped
            .as_deref()
            .filter(|id| load::SHIPPED.iter().any(|(i, _)| i == id))
            .unwrap_or(load::SHIPPED[0].0);
        set_picker(load::SHIPPED, current)
    });
    let onembed = send(&state, |()| Action::ToggleEmbed);

    // The rows as shown: filtered, kept runs folded. Cheap (one pass over the rows), so
    // not memoised: a memo hook would cost more bytes than it saves time.
    let mut shown = view::shown(&cmp, left, right, &state.filter, &state.opened);
    let total = shown.len();
    // Rows, not lines: a folded run counts each of its rows.
    let found: usize = shown
        .iter()
        .map(|s| match *s {
            Shown::Row(_) => 1,
            Shown::Kept { count, .. } => count,
        })
        .sum();
    // Rows are created a chunk at a time, each chunk in a task of its own: the first
    // rows paint at once and a long comparison never holds the page for long (creating
    // 300 rows at once took 250 ms). Rows already made are only updated after that, which
    // is quick. The row a link points to is made in the first chunk, with the rows above
    // it (made later, they would push it off screen).
    let linked = state.topic.as_ref().and_then(|t| {
        shown
            .iter()
            .position(|s| matches!(*s, Shown::Row(i) if cmp.rows[i].topic.as_ref() == Some(t)))
    });
    // The editor's preview is short and rebuilt on every edit: all at once.
    let upto = if props.preview {
        usize::MAX
    } else {
        state.made.max(FIRST_ROWS).max(linked.map_or(0, |i| i + 1))
    };
    shown.truncate(upto);
    {
        let d = state.dispatcher();
        use_effect_with((upto, upto < total), move |&(upto, more)| {
            if more {
                wasm_bindgen_futures::spawn_local(async move {
                    page::next_task().await;
                    d.dispatch(Action::Made(upto + MORE_ROWS));
                });
            }
        });
    }
    let onstep = Callback::from(page::step_change);
    let onstatus = send(&state, Action::FilterStatus);
    let onfold = send(&state, |_: MouseEvent| Action::ToggleChanges);
    let hash_for = |topic: Option<&str>| {
        url_state::format_all(&cmp.left, &cmp.right, &state.parties, topic, &state.filter)
    };
    let embed_url = page::embed_url(&hash_for(state.topic.as_deref()));
    let search = page::search();
    // "This row only": the linked row's topic as the whole filter, the rest of the view kept.
    let row_url = state.topic.as_ref().map(|t| {
        let only = view::Filter {
            topics: vec![t.clone()],
            ..view::Filter::default()
        };
        page::embed_url(&url_state::format_all(
            &cmp.left,
            &cmp.right,
            &state.parties,
            None,
            &only,
        ))
    });
    // A part of the comparison (`topics=`): its rows, with the heading and legend compact.
    let part = !state.filter.topics.is_empty();
    let onall = send(&state, |_: MouseEvent| Action::AllTopics);
    // Searched on Enter (the form's submit, which is also a phone keyboard's Search key),
    // not on every key: each search is a view in the address and a new list of rows.
    // page.js writes the field from the state (`#rows`'s `data-query`) and marks the hits.
    let searching = !state.filter.query.is_empty();
    let onsearch = send(&state, |e: SubmitEvent| {
        e.prevent_default();
        Action::Search(page::field_value("row-search"))
    });
    // Sourcing matters in an embed too, so the set's note stays; only the page footer goes.
    let note = html! { <p class="cw-note">
        if let Some(n) = &set.note { { n.clone() }{ " " } }
        if let Some(u) = &set.updated {
            { "Updated " }<time datetime={u.clone()}>{ human_date(u) }</time>{ "." }
        }
    </p> };
    let note = if props.embed {
        note
    } else {
        html! { <footer>{ note }
            <p class="cw-note"><a href={format!("overview.html{search}")}>{ "Every topic across the drafts" }</a>{ ": where they diverge, where the parties disagree, and each topic's history." }</p>
            <p class="cw-note"><a href="edit.html">{ "Make your own comparison" }</a>{ " with the editor: paste your drafts, nothing to install." }</p>
        </footer> }
    };
    let notice = state
        .notice
        .clone()
        .map(|n| html! { <p id="url-notice" class="url-notice" role="status">{ n }</p> });

    let choices = set
        .parties
        .iter()
        .zip(&cmp.positions_per_party)
        .map(|(p, &positions)| PartyChoice {
            party: p,
            on: state.parties.contains(&p.id),
            positions,
        })
        .collect::<Vec<_>>();

    html! {
        <main id="clausewise" class={match (props.embed, part) {
            (true, true) => "cw embed part",
            (true, false) => "cw embed",
            (false, true) => "cw part",
            (false, false) => "cw",
        }}>
            <header class="cw-header">
                <h1>{ set.title.clone() }</h1>
                if !props.embed { <p class="description">{ set.description.clone() }</p> }
            </header>
            { alert }
            { notice }
            { loading }
            <section class="controls" aria-label="Choose what to compare">
                { set_choice }
                { draft_picker(DraftPicker {
                    drafts: &set.drafts, left: &cmp.left, right: &cmp.right, onleft, onright, onswap,
                }) }
                { party_toggles(&choices, &ontoggle) }
                if !props.preview { { embed_panel(state.embed_open, &embed_url, row_url.as_deref(), &set.title, &onembed) } }
            </section>
            { summary_line(cmp.counts, &left.title, &right.title, state.filter.status, &onstatus) }
            // A part says what it shows; a filter that leaves nothing says so. Either way
            // one button brings every row back.
            if part || searching || total == 0 {
                <p class="part-note" role="status">
                    if total == 0 { { "No rows match. " } }
                    else if searching { { format!("Rows with “{}”: {}. ", state.filter.query, found) } }
                    else { { "Only " }{ state.filter.topics.iter().map(|t| set.topic_label(t).unwrap_or(t)).collect::<Vec<_>>().join(", ") }{ ". " } }
                    <button type="button" id="all-topics" onclick={onall}>{ "Show every row" }</button>
                </p>
            }
            <div class="row-tools">
                <button type="button" id="fold-kept" aria-pressed={state.filter.changes.to_string()} onclick={onfold}>
                    { "Fold kept clauses" }
                </button>
                <button type="button" id="prev-change" onclick={onstep.reform(|_: MouseEvent| -1)}>
                    { "Previous change (k)" }
                </button>
                <button type="button" id="next-change" onclick={onstep.reform(|_: MouseEvent| 1)}>
                    { "Next change (j)" }
                </button>
                <span id="step-status" class="step-status" aria-live="polite"></span>
                <form role="search" class="row-search" onsubmit={onsearch}>
                    <label for="row-search">{ "Find in the clauses" }</label>
                    <input type="search" id="row-search" maxlength="200" />
                </form>
            </div>
            { legend() }
            if !part {
                { whole_set_positions(&set, &state.parties) }
                { draft_heads(&set, left, right, &state.parties) }
            }
            // Busy while rows are still being made: assistive technology waits for them.
            // `data-query`: the search as the state has it, for page.js to show and mark.
            <div id="rows" class="rows" aria-busy={(upto < total).then_some("true")}
                data-query={searching.then(|| state.filter.query.clone())}>
                { for shown.iter().map(|item| match *item {
                    Shown::Row(i) => {
                        let row = &cmp.rows[i];
                        let link = RowLink {
                            href: hash_for(row.topic.as_deref()),
                            focused: row.topic.is_some() && row.topic == state.topic,
                            onfocus: &onfocus,
                            search: (!props.embed).then_some(search.as_str()),
                        };
                        clause_row(&set, (left, right), row, &state.parties, link)
                    }
                    Shown::Kept { first, count } => {
                        let key = cmp.rows[first].key.clone();
                        let d = state.dispatcher();
                        let onclick = Callback::from(move |_: MouseEvent| d.dispatch(Action::OpenKept(key.clone())));
                        html! { <p key={format!("fold-{}", cmp.rows[first].key)} class="kept-fold" data-count={count.to_string()} data-first={cmp.rows[first].key.clone()}>
                            <button type="button" {onclick}>
                                { format!("{count} kept clause{} — show", if count == 1 { "" } else { "s" }) }
                            </button>
                        </p> }
                    }
                }) }
            </div>
            { note }
        </main>
    }
}
