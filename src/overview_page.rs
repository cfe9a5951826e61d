//! The overview page (`overview.html`, a bundle of its own like the editor, so the
//! reader's download carries none of it): every topic across the drafts, each party's
//! stance, the uptake of proposed wordings, and one topic's history (`#history=<topic>`).
//! It reads the same set as the reader (`?set=`, `?data=`, or the default) and links
//! back into the reader's rows.

use crate::components::{history_panel, load_alert, overview, overview::Links};
use crate::store::{Apply, Store};
use crate::{load, page};
use clausewise_engine::state::{Alert, SetRef};
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
}

pub enum OverviewAction {
    Loaded(SetRef),
    Failed(Alert),
    FromHash(String),
    DismissAlert,
}

/// The topic a hash's `history=` names.
fn history_of(hash: &str, set: Option<&SetRef>) -> Option<String> {
    let topic = hash
        .trim_start_matches('#')
        .split('&')
        .find_map(|p| p.strip_prefix("history="))?;
    set?.topic_label(topic).map(|_| topic.to_string())
}

impl Apply for OverviewState {
    type Action = OverviewAction;
    fn apply(&self, action: OverviewAction) -> Option<Self> {
        let mut next = self.clone();
        match action {
            OverviewAction::Loaded(set) => next.set = Some(set),
            OverviewAction::Failed(alert) => next.alert = Some(alert),
            OverviewAction::FromHash(hash) => next.hash = hash,
            OverviewAction::DismissAlert => next.alert = None,
        }
        next.history = history_of(&next.hash, next.set.as_ref());
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
        let mut s = OverviewState {
            hash: props.hash.clone(),
            ..Default::default()
        };
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
    let lines = use_memo(state.set.clone(), |set| {
        set.as_ref().map(|s| view::overview(s)).unwrap_or_default()
    });

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
        format!(
            "index.html{query}#left={}&right={}&topic={topic}",
            drafts[l].id, drafts[r].id
        )
    };
    let history_href = |topic: &str| format!("overview.html{query}#history={topic}");
    let back = format!("overview.html{query}#");
    let body = match state.history.as_deref() {
        Some(topic) => {
            let row = |draft: &str| {
                let i = drafts.iter().position(|d| d.id == draft).unwrap_or(0);
                row_at(topic, i)
            };
            history_panel(&set, topic, &back, &row)
        }
        None => {
            let uptake = view::uptake(&set);
            overview(
                &set,
                &lines,
                &uptake,
                &Links {
                    history: &history_href,
                    row: &row_at,
                },
            )
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
