use super::{SourceLinks, human_date};
use crate::model::Draft;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DraftHeadsProps {
    pub left: Draft,
    pub right: Draft,
}

fn head(side: &'static str, d: &Draft) -> Html {
    html! {
        <div class={classes!("draft-head", side)}>
            <h2 class="draft-title">{ d.title.clone() }</h2>
            <p class="draft-meta">
                <time datetime={d.date.clone()}>{ human_date(&d.date) }</time>
                { " · " }{ d.author.clone() }
            </p>
            if let Some(note) = &d.note { <p class="draft-note">{ note.clone() }</p> }
            <SourceLinks sources={d.sources.clone()} />
        </div>
    }
}

/// What each column is: title, date, author, status and sources of the two drafts.
#[component]
pub fn DraftHeads(props: &DraftHeadsProps) -> Html {
    html! {
        <div class="draft-heads">
            { head("side-left", &props.left) }
            { head("side-right", &props.right) }
        </div>
    }
}
