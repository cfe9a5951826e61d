use super::{human_date, source_links};
use crate::model::Draft;
use yew::prelude::*;

fn head(side: &'static str, d: &Draft) -> Html {
    html! {
        <div class={format!("draft-head {side}")}>
            <h2 class="draft-title">{ d.title.clone() }</h2>
            <p class="draft-meta">
                <time datetime={d.date.clone()}>{ human_date(&d.date) }</time>
                { " · " }{ d.author.clone() }
            </p>
            if let Some(note) = &d.note { <p class="draft-note">{ note.clone() }</p> }
            { source_links(&d.sources) }
        </div>
    }
}

/// What each column is: title, date, author, status and sources of the two drafts.
pub fn draft_heads(left: &Draft, right: &Draft) -> Html {
    html! {
        <div class="draft-heads">
            { head("side-left", left) }
            { head("side-right", right) }
        </div>
    }
}
