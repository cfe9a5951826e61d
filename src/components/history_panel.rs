use super::diff_text::{DiffSide, diff_text};
use super::{human_date, position_note};
use clausewise_engine::validate::ValidClauseSet;
use clausewise_engine::view::{Event, history};
use yew::prelude::*;

/// A topic through every draft in date order, each wording diffed against the one
/// before, with the parties' positions where they fall in time. An ordered list, so
/// screen readers hear "1 of 6" and can walk it item by item.
/// `back`: the address of the overview; `row(left, right)`: the reader's row for the
/// topic, comparing two drafts (by id).
pub fn history_panel(
    set: &ValidClauseSet,
    topic: &str,
    back: &str,
    row: &dyn Fn(&str, &str) -> String,
) -> Html {
    let label = set.topic_label(topic).unwrap_or(topic).to_string();
    let events = history(set, topic);
    html! {
        <section id="history" class="history" aria-labelledby="history-head" data-topic={topic.to_string()}>
            <h2 id="history-head" tabindex="-1">{ "History: " }{ label }</h2>
            <p><a id="history-close" href={back.to_string()}>{ "All topics" }</a></p>
            <ol class="history-list">
                { for events.iter().map(|e| match e {
                    Event::Draft(step) => {
                        let d = step.draft;
                        let numbers: Vec<&str> = step.clauses.iter().map(|&i| d.clauses[i].number.as_str()).collect();
                        html! {
                            <li class="history-draft" data-draft={d.id.clone()} data-points={numbers.join(",")}>
                                <h3>
                                    { d.title.clone() }{ " · " }<time datetime={d.date.clone()}>{ human_date(&d.date) }</time>
                                    if !numbers.is_empty() { { format!(" · point {}", numbers.join(" + ")) } }
                                </h3>
                                if let Some(since) = step.since {
                                    <p class="to-row"><a href={row(&since.id, &d.id)}>{ format!("Side by side with {}", since.title) }</a></p>
                                }
                                if step.clauses.is_empty() {
                                    <p class="absent">{ "Not in this draft." }</p>
                                } else if step.diff.is_empty() {
                                    <p class="clause-text not-reported">{ "Wording not reported." }</p>
                                } else {
                                    if let Some(since) = step.since {
                                        <p class="since">{ format!("Changes since {}:", since.title) }</p>
                                    }
                                    <p class="clause-text">{ diff_text(&step.diff, DiffSide::Inline) }</p>
                                }
                            </li>
                        }
                    }
                    Event::Position(i) => {
                        let p = &set.positions[*i];
                        let about = p.draft.as_deref().and_then(|d| set.draft(d)).map(|d| d.title.as_str());
                        match set.party(&p.party) {
                            Some(party) => html! { <li class="history-position">{ position_note(p, party, about, None) }</li> },
                            None => html! {},
                        }
                    }
                }) }
            </ol>
        </section>
    }
}
