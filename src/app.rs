//! The root component: owns the one state reducer, starts loading, derives the comparison.

use crate::compare::{Comparison, compare, positions_for};
use crate::components::party_toggles::PartyChoice;
use crate::components::{
    DraftPicker, clause_row, draft_heads, draft_picker, human_date, legend, load_alert,
    party_toggles, summary_line,
};
use crate::load;
use crate::state::{Action, AppState};
use crate::validate::ValidClauseSet;
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for AppState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // Returning the same Rc tells Yew nothing changed, so nothing re-renders.
        self.apply(action).map_or(self, Rc::new)
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// `?data=`: a clause set to fetch instead of the shipped one.
    #[prop_or_default]
    pub data_url: Option<AttrValue>,
    /// A clause set to start with instead of the shipped one (tests, other embeddings).
    #[prop_or_default]
    pub preset: Option<Rc<ValidClauseSet>>,
}

fn initial_state(preset: Option<Rc<ValidClauseSet>>) -> AppState {
    let empty = AppState::default();
    let action = match preset {
        Some(set) => Action::Loaded(set),
        None => match load::parse(load::DEFAULT_SET) {
            Ok(set) => Action::Loaded(Rc::new(set)),
            Err(e) => Action::LoadFailed(format!("The built-in clause set is broken: {e}.")),
        },
    };
    empty.apply(action).unwrap_or(empty)
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer({
        let preset = props.preset.clone();
        move || initial_state(preset)
    });

    {
        let dispatch = state.dispatcher();
        use_effect_with(props.data_url.clone(), move |url| {
            if let Some(url) = url.clone() {
                dispatch.dispatch(Action::Loading(url.to_string()));
                wasm_bindgen_futures::spawn_local(async move {
                    match load::fetch_set(&url).await {
                        Ok(set) => dispatch.dispatch(Action::Loaded(Rc::new(set))),
                        Err(message) => dispatch.dispatch(Action::LoadFailed(message)),
                    }
                });
            }
        });
    }

    // Derived, not stored: recomputed only when the set (by identity) or the drafts change.
    let cmp: Rc<Option<Rc<Comparison>>> = use_memo(
        (
            state.set.as_ref().map(|s| Rc::as_ptr(s) as usize),
            state.left.clone(),
            state.right.clone(),
        ),
        {
            let set = state.set.clone();
            move |(_, l, r)| set.as_ref().and_then(|s| compare(s, l, r)).map(Rc::new)
        },
    );

    let alert = state.alert.clone().map(|message| {
        let ondismiss = {
            let d = state.dispatcher();
            Callback::from(move |()| d.dispatch(Action::DismissAlert))
        };
        load_alert(&message, &ondismiss)
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

    let d = state.dispatcher();
    let onleft = Callback::from(move |id| d.dispatch(Action::SetLeft(id)));
    let d = state.dispatcher();
    let onright = Callback::from(move |id| d.dispatch(Action::SetRight(id)));
    let d = state.dispatcher();
    let onswap = Callback::from(move |()| d.dispatch(Action::Swap));
    let d = state.dispatcher();
    let ontoggle = Callback::from(move |id| d.dispatch(Action::ToggleParty(id)));

    let choices = set
        .parties
        .iter()
        .map(|p| {
            let all = [p.id.clone()];
            let positions = cmp
                .rows
                .iter()
                .filter_map(|r| r.topic.as_deref())
                .map(|t| positions_for(&set, t, &cmp.left, &cmp.right, &all).len())
                .sum();
            PartyChoice {
                id: p.id.clone().into(),
                name: p.name.clone().into(),
                color: p.color.clone().map(AttrValue::from),
                on: state.parties.contains(&p.id),
                positions,
            }
        })
        .collect::<Vec<_>>();

    html! {
        <main id="clausewise" class="cw">
            <header class="cw-header">
                <h1>{ set.title.clone() }</h1>
                <p class="description">{ set.description.clone() }</p>
            </header>
            { alert }
            { loading }
            <section class="controls" aria-label="Choose what to compare">
                { draft_picker(DraftPicker {
                    drafts: &set.drafts, left: &cmp.left, right: &cmp.right, onleft, onright, onswap,
                }) }
                { party_toggles(&choices, &ontoggle) }
            </section>
            { summary_line(cmp.counts, &left.title, &right.title) }
            { legend() }
            { draft_heads(left, right) }
            <div id="rows" class="rows">
                { for cmp.rows.iter().map(|row| clause_row(&set, &cmp, row, &state.parties)) }
            </div>
            <footer class="cw-footer">
                <p>{ "Texts are short summaries, in our own words, of what news outlets reported; \
                      none is an official text. Updated " }
                    <time datetime={set.updated.clone()}>{ human_date(&set.updated) }</time>{ "." }</p>
            </footer>
        </main>
    }
}
