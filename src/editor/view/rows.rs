//! The engine's alignment of two drafts, as rows the author confirms, unpairs, or pairs
//! by picking; a confirmed row is a topic with an editable label, and carries positions.

use super::people::position_editor;
use super::{Dispatch, FieldNotes, click, edit, text_field};
use crate::editor::doc::Out;
use crate::editor::fields;
use crate::editor::state::{Action, Edit, EditorState, Side};
use clausewise_engine::align::{Row, is_possible};
use clausewise_engine::model::ClauseSet;
use clausewise_engine::text::shorten;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

pub struct Compared<'a> {
    pub set: &'a ClauseSet,
    pub outs: &'a [Vec<Out>],
    pub left: usize,
    pub right: usize,
    pub rows: &'a [Row],
}

fn picker(id: &str, label: &str, side: Side, chosen: usize, set: &ClauseSet, d: &Dispatch) -> Html {
    let dd = d.clone();
    let onchange = Callback::from(move |e: Event| {
        dd.dispatch(Action::Compare(
            side,
            e.target_unchecked_into::<HtmlSelectElement>().value(),
        ))
    });
    html! {
        <div class="ed-field">
            <label for={id.to_string()}>{ label.to_string() }</label>
            <select id={id.to_string()} {onchange}>
                { for set.drafts.iter().enumerate().map(|(i, dr)| html! {
                    <option value={dr.id.clone()} selected={i == chosen}>
                        { if dr.title.is_empty() { format!("Draft {}", i + 1) } else { dr.title.clone() } }
                    </option>
                }) }
            </select>
        </div>
    }
}

pub fn rows(s: &EditorState, c: Option<Compared>, notes: &FieldNotes, d: &Dispatch) -> Html {
    let Some(c) = c else {
        return html! {
            <section class="ed-panel" aria-labelledby="ed-rows-h">
                <h2 id="ed-rows-h">{ "Rows" }</h2>
                <p>{ "Two drafts are needed to compare." }</p>
            </section>
        };
    };
    // "clause 3 of GNU GPL version 1", for a picked clause id.
    let named = |draft: usize, id: &str| {
        let d = &c.set.drafts[draft];
        d.clauses.iter().find(|x| x.id == id).map_or_else(
            || id.to_string(),
            |x| format!("clause {} of {}", x.number, d.title),
        )
    };
    let picked = match &s.picks {
        [Some(l), Some(r)] => {
            let label = c.outs[c.left]
                .iter()
                .find(|o| &o.clause.id == l)
                .map(Out::label)
                .unwrap_or_default();
            html! {
                <div class="ed-picked" role="group" aria-label="Picked clauses">
                    <p>{ format!("Picked: {} and {}.", named(c.left, l), named(c.right, r)) }</p>
                    <button type="button" id="ed-pair-picked" onclick={click(d, Action::Edit(Edit::PairPicked(label)))}>{ "Pair the picked clauses" }</button>
                </div>
            }
        }
        [Some(x), None] => html! {
            <p class="ed-picked" role="status">{ format!("Picked {}: now pick a clause of the later draft.", named(c.left, x)) }</p>
        },
        [None, Some(x)] => html! {
            <p class="ed-picked" role="status">{ format!("Picked {}: now pick a clause of the earlier draft.", named(c.right, x)) }</p>
        },
        _ => html! {},
    };
    html! {
        <section class="ed-panel" aria-labelledby="ed-rows-h">
            <h2 id="ed-rows-h">{ "Rows" }</h2>
            <p>{ "The engine pairs the clauses of two drafts by their wording. Confirm a pair to make it a topic (its label is what readers see), unpair clauses that are not about the same thing, and pair clauses by picking one on each side." }</p>
            <div class="ed-inline">
                { picker("ed-left", "Earlier draft", Side::Left, c.left, c.set, d) }
                { picker("ed-right", "Later draft", Side::Right, c.right, c.set, d) }
            </div>
            { picked }
            <div id="ed-rows" class="ed-rows">
                { for c.rows.iter().map(|row| one_row(s, &c, row, notes, d)) }
            </div>
        </section>
    }
}

fn side_cell(
    s: &EditorState,
    c: &Compared,
    draft: usize,
    indices: &[usize],
    side: Side,
    single: bool,
    d: &Dispatch,
) -> Html {
    let outs = &c.outs[draft];
    let clauses = &c.set.drafts[draft].clauses;
    let title = &c.set.drafts[draft].title;
    html! {
        <div class={if side == Side::Left { "ed-side ed-left" } else { "ed-side ed-right" }}>
            { for indices.iter().map(|&i| {
                let cl = &clauses[i];
                let text = cl.text.clone().unwrap_or_default();
                let number = outs.get(i).map_or(cl.number.clone(), |o| o.clause.number.clone());
                html! {
                    <p class="ed-clause" data-clause={cl.id.clone()}>
                        <span class="ed-num">{ number }</span>{ " " }
                        <span class="ed-excerpt">{ shorten(&text, 220) }</span>
                    </p>
                }
            }) }
            if single {
                if let Some(&first) = indices.first() {
                    { pick_button(s, &clauses[first].id, &clauses[first].number, title, side, d) }
                }
            }
        </div>
    }
}

fn pick_button(
    s: &EditorState,
    id: &str,
    number: &str,
    title: &str,
    side: Side,
    d: &Dispatch,
) -> Html {
    let on = s.picks[side as usize].as_deref() == Some(id);
    html! {
        <button type="button" class="ed-pick" aria-pressed={on.to_string()}
            aria-label={format!("Pick to pair: clause {number} of {title}")}
            onclick={click(d, Action::Pick(side, id.to_string()))}>
            { "Pick to pair" }
        </button>
    }
}

fn one_row(s: &EditorState, c: &Compared, row: &Row, notes: &FieldNotes, d: &Dispatch) -> Html {
    let ids = |draft: usize, idx: &[usize]| -> Vec<String> {
        idx.iter()
            .map(|&i| c.set.drafts[draft].clauses[i].id.clone())
            .collect()
    };
    let left_ids = ids(c.left, &row.left);
    let right_ids = ids(c.right, &row.right);
    let label_of = |draft: usize, idx: &[usize]| {
        idx.first()
            .and_then(|&i| c.outs[draft].get(i))
            .map(Out::label)
            .unwrap_or_default()
    };
    let left_label = label_of(c.left, &row.left);
    let right_label = label_of(c.right, &row.right);
    let both = !row.left.is_empty() && !row.right.is_empty();
    let confirmed = both && row.score.is_none();
    let how = match (both, row.score) {
        (true, None) => "Paired by you (one topic)".to_string(),
        (true, Some(sc)) if is_possible(row.score) => format!(
            "Possible match by wording, {} %: confirm or unpair",
            sc / 10
        ),
        (true, Some(sc)) => format!("Matched by wording, {} %: confirm or unpair", sc / 10),
        (false, _) if row.left.is_empty() => "Only in the later draft".to_string(),
        _ => "Only in the earlier draft".to_string(),
    };
    let label_field = row.topic.as_ref().and_then(|t| {
        let topic = s.doc.topics.iter().find(|x| &x.id == t)?;
        let id = topic.id.clone();
        Some(text_field(
            &fields::topic(t),
            "Topic label",
            &topic.label,
            Some("What readers see as this row’s subject."),
            notes,
            edit(d, move |v| Edit::Label(id.clone(), v)),
        ))
    });
    let positions: Vec<usize> = row
        .topic
        .as_ref()
        .map(|t| {
            s.doc
                .positions
                .iter()
                .enumerate()
                .filter(|(_, p)| p.topic.as_ref() == Some(t))
                .map(|(k, _)| k)
                .collect()
        })
        .unwrap_or_default();
    let all: Vec<String> = left_ids.iter().chain(&right_ids).cloned().collect();
    let suggested = if left_label.is_empty() {
        right_label.clone()
    } else {
        left_label.clone()
    };
    let can_position = !s.doc.parties.is_empty();
    html! {
        <article class="ed-row" data-status={row.status.as_str()} data-topic={row.topic.clone()}
            data-left={left_ids.join(" ")} data-right={right_ids.join(" ")} data-confirmed={confirmed.to_string()}>
            <p class="ed-row-how"><span class={format!("badge status-{}", row.status.as_str())}>{ row.status.as_str() }</span>{ " " }{ how }</p>
            { label_field.unwrap_or_default() }
            <div class="ed-row-sides">
                { side_cell(s, c, c.left, &row.left, Side::Left, !both, d) }
                { side_cell(s, c, c.right, &row.right, Side::Right, !both, d) }
            </div>
            <div class="ed-actions">
                if both && !confirmed {
                    <button type="button" class="ed-confirm-pair"
                        onclick={click(d, Action::Edit(Edit::Confirm(left_ids.clone(), right_ids.clone(), suggested.clone())))}>{ "Confirm pair" }</button>
                }
                if both {
                    <button type="button" class="ed-unpair"
                        onclick={click(d, Action::Edit(Edit::Unpair(left_ids.clone(), right_ids.clone(), left_label.clone(), right_label.clone())))}>{ "Unpair" }</button>
                }
                <button type="button" class="ed-add-position" disabled={!can_position}
                    onclick={click(d, Action::Edit(Edit::AddPosition(Some((all, suggested.clone())), None)))}>{ "Add a position on this row" }</button>
            </div>
            if !positions.is_empty() {
                <div class="ed-row-positions">
                    { for positions.iter().map(|&k| position_editor(s, k, notes, d)) }
                </div>
            }
        </article>
    }
}
