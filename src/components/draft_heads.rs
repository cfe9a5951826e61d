use super::position_note::whole_positions;
use super::{human_date, source_links, uncertain_note};
use clausewise_engine::model::Draft;
use clausewise_engine::validate::ValidClauseSet;
use yew::prelude::*;

fn head(set: &ValidClauseSet, side: &'static str, d: &Draft, parties_on: &[String]) -> Html {
    html! {
        <div class={format!("draft-head {side}")} data-draft={d.id.clone()}>
            <h2 class="draft-title">{ d.title.clone() }</h2>
            <p class="draft-meta">
                <time datetime={d.date.clone()}>{ human_date(&d.date) }</time>
                { " · " }{ d.author.clone() }
            </p>
            if let Some(note) = &d.note { <p class="draft-note">{ note.clone() }</p> }
            { uncertain_note(&d.uncertain, None) }
            { source_links(&d.sources) }
            { whole_positions(set, Some(&d.id), parties_on) }
        </div>
    }
}

/// What each column is: title, date, author, status and sources of the two drafts, and
/// the parties' positions on each draft as a whole.
pub fn draft_heads(
    set: &ValidClauseSet,
    left: &Draft,
    right: &Draft,
    parties_on: &[String],
) -> Html {
    html! {
        <div class="draft-heads">
            { head(set, "side-left", left, parties_on) }
            { head(set, "side-right", right, parties_on) }
        </div>
    }
}
